package dev.edgarlive.query;

import dev.edgarlive.emulator.EmulatorTestResource;
import dev.edgarlive.emulator.RequiresEmulator;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** With ApiAuth NONE shared caches may keep the dashboard's files too: public, and still revalidated. */
@QuarkusTest
@RequiresEmulator
@TestProfile(DashboardPagesWithoutAuthIT.NoAuthorizer.class)
@WithTestResource(value = EmulatorTestResource.class, initArgs = @ResourceArg(name = EmulatorTestResource.PREFIX_ARG,
        value = "query-public"))
class DashboardPagesWithoutAuthIT {

    /** The stack deployed with ApiAuth=NONE. */
    public static class NoAuthorizer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("edgar.api-auth", "NONE");
        }
    }

    @Test
    void theDashboardsOwnFilesRevalidateAndWebJarsArePublicAndImmutable() {
        DashboardPagesIT.assertCaching(given().when().get("/").header("Content-Security-Policy"), "no-cache",
                "public, max-age=31536000, immutable");
    }
}

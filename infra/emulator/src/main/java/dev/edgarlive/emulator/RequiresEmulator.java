package dev.edgarlive.emulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annotated test class needs the AWS API emulator: without one it is skipped with the reason (on CI it fails).
 * A {@code @QuarkusTest} needs this annotation beside {@link EmulatorTestResource}: Quarkus reports an exception
 * from a test resource's start as an error, never as a skip, so the decision must come before Quarkus boots.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(EmulatorCondition.class)
public @interface RequiresEmulator {
}

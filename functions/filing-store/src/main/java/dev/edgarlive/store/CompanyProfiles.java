package dev.edgarlive.store;

import dev.edgarlive.filing.Company;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One row per company ({@code COMPANY#cik / PROFILE}) holding what its latest filing said. A filing replaces the
 * profile only if it is at least as recent as the one the profile came from, so ingesting out of order (a
 * backfill) still ends with the latest name and addresses.
 */
final class CompanyProfiles {

    private final DynamoDbClient dynamo;
    private final String table;

    CompanyProfiles(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Offers a stored filing's company facts; a no-op when a newer filing already set the profile. */
    void offer(Company company, IndexFacts facts) {
        if (company == null || facts.cik() == null) {
            return;
        }
        Map<String, AttributeValue> row = row(company, facts);
        Map<String, String> names = new HashMap<>(Map.of("#pk", Keys.PK));
        Map<String, AttributeValue> values = new HashMap<>();
        String condition;
        if (facts.day() == null) {
            condition = "attribute_not_exists(#pk)";
        } else {
            names.put("#asOf", Attr.AS_OF);
            values.put(":day", AttributeValue.fromS(facts.day().toString()));
            condition = "attribute_not_exists(#pk) OR attribute_not_exists(#asOf) OR #asOf <= :day";
        }
        try {
            dynamo.putItem(b -> b.tableName(table).item(row).conditionExpression(condition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values.isEmpty() ? null : values));
        } catch (ConditionalCheckFailedException newerProfileStands) {
            // A more recent filing of this company set the profile; an older one must not overwrite it.
        }
    }

    /** The profile row of a filing's company (its facts name the company's CIK). */
    static Map<String, AttributeValue> row(Company company, IndexFacts facts) {
        return Row.keyed(Keys.company(facts.cik()), Keys.PROFILE)
                .put(Attr.CIK, facts.cik())
                .put(Attr.COMPANY, CompanyMapping.toAttribute(company))
                .put(Attr.AS_OF, facts.day())
                .put(Attr.FROM_FILING, facts.id())
                .build();
    }

    Optional<CompanyProfile> find(String cik) {
        String normalized = Keys.cik(cik);
        if (normalized == null) {
            return Optional.empty();
        }
        Map<String, AttributeValue> row = dynamo.getItem(b -> b.tableName(table)
                .key(Row.keyed(Keys.company(normalized), Keys.PROFILE).build())).item();
        if (row == null || row.isEmpty()) {
            return Optional.empty();
        }
        RowValues v = new RowValues(row);
        Company c = CompanyMapping.fromAttribute(v.map(Attr.COMPANY));
        return Optional.of(new CompanyProfile(v.required(Attr.CIK), c.name(), c.formerNames(), c.businessAddress(),
                c.mailAddress(), c.phone(), c.stateOfIncorporation(), c.sic(), c.irsNumber(), c.fiscalYearEnd(),
                c.fileNumber(), v.date(Attr.AS_OF), v.string(Attr.FROM_FILING)));
    }
}

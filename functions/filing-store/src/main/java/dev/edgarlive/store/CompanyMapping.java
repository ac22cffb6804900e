package dev.edgarlive.store;

import dev.edgarlive.filing.Address;
import dev.edgarlive.filing.Company;
import dev.edgarlive.filing.FormerName;
import dev.edgarlive.filing.Registrant;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;

/**
 * A company (and its addresses and former names) to and from a DynamoDB map attribute; a combined filing's
 * registrants to and from a list of maps with the same attribute names.
 */
final class CompanyMapping {

    private CompanyMapping() {
    }

    static AttributeValue toAttribute(Company c) {
        if (c == null) {
            return null;
        }
        return AttributeValue.fromM(new Row()
                .put(Attr.NAME, c.name())
                .put(Attr.CIK, c.cik())
                .put(Attr.SIC, c.sic())
                .put(Attr.IRS, c.irsNumber())
                .put(Attr.INCORPORATED, c.stateOfIncorporation())
                .put(Attr.FISCAL_YEAR_END, c.fiscalYearEnd())
                .put(Attr.FILE_NUMBER, c.fileNumber())
                .put(Attr.BUSINESS_ADDRESS, address(c.businessAddress()))
                .put(Attr.MAIL_ADDRESS, address(c.mailAddress()))
                .put(Attr.PHONE, c.phone())
                .put(Attr.FORMER_NAMES, formerNames(c.formerNames()))
                .build());
    }

    static Company fromAttribute(Map<String, AttributeValue> m) {
        if (m == null) {
            return null;
        }
        RowValues v = new RowValues(m);
        return new Company(
                v.string(Attr.NAME),
                v.string(Attr.CIK),
                v.string(Attr.SIC),
                v.string(Attr.IRS),
                v.string(Attr.INCORPORATED),
                v.string(Attr.FISCAL_YEAR_END),
                v.string(Attr.FILE_NUMBER),
                address(v.map(Attr.BUSINESS_ADDRESS)),
                address(v.map(Attr.MAIL_ADDRESS)),
                v.string(Attr.PHONE),
                readFormerNames(v.list(Attr.FORMER_NAMES)));
    }

    static AttributeValue address(Address a) {
        if (a == null) {
            return null;
        }
        return AttributeValue.fromM(new Row()
                .put(Attr.STREET1, a.street1())
                .put(Attr.STREET2, a.street2())
                .put(Attr.CITY, a.city())
                .put(Attr.STATE, a.state())
                .put(Attr.ZIP, a.zip())
                .build());
    }

    static Address address(Map<String, AttributeValue> m) {
        if (m == null) {
            return null;
        }
        RowValues v = new RowValues(m);
        return new Address(v.string(Attr.STREET1), v.string(Attr.STREET2), v.string(Attr.CITY),
                v.string(Attr.STATE), v.string(Attr.ZIP));
    }

    static AttributeValue formerNames(List<FormerName> names) {
        return AttributeValue.fromL(names.stream()
                .map(n -> AttributeValue.fromM(new Row()
                        .put(Attr.NAME, n.name())
                        .put(Attr.CHANGED_ON, n.changedOn())
                        .build()))
                .toList());
    }

    static List<FormerName> readFormerNames(List<AttributeValue> list) {
        return list.stream().map(a -> {
            RowValues v = new RowValues(a.m());
            return new FormerName(v.string(Attr.NAME), v.date(Attr.CHANGED_ON));
        }).toList();
    }

    static AttributeValue registrants(List<Registrant> registrants) {
        return AttributeValue.fromL(registrants.stream()
                .map(r -> AttributeValue.fromM(new Row()
                        .put(Attr.NAME, r.name())
                        .put(Attr.CIK, r.cik())
                        .put(Attr.INCORPORATED, r.stateOfIncorporation())
                        .put(Attr.FILE_NUMBER, r.fileNumber())
                        .put(Attr.IRS, r.irsNumber())
                        .build()))
                .toList());
    }

    static List<Registrant> readRegistrants(List<AttributeValue> list) {
        return list.stream().map(a -> {
            RowValues v = new RowValues(a.m());
            return new Registrant(v.string(Attr.NAME), v.string(Attr.CIK), v.string(Attr.INCORPORATED),
                    v.string(Attr.FILE_NUMBER), v.string(Attr.IRS));
        }).toList();
    }
}

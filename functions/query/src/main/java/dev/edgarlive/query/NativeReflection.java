package dev.edgarlive.query;

import dev.edgarlive.filing.Address;
import dev.edgarlive.filing.Company;
import dev.edgarlive.filing.Document;
import dev.edgarlive.filing.FormerName;
import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.filing.Signature;
import dev.edgarlive.store.CompanyProfile;
import dev.edgarlive.store.DailyCount;
import dev.edgarlive.store.FilingSummary;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The model and store records the API serializes but does not declare as resource return types: a native image
 * keeps their accessors only when told to. (The parser and store stay free of Quarkus annotations.)
 */
@RegisterForReflection(targets = {Company.class, Address.class, FormerName.class, Signature.class, Document.class,
        ParseIssue.class, CompanyProfile.class, FilingSummary.class, DailyCount.class, CatalogView.class,
        CatalogView.FormView.class, CatalogView.ItemEntry.class, CatalogView.LegacyItemEntry.class})
final class NativeReflection {

    private NativeReflection() {
    }
}

package dev.edgarlive.ingest.archive;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How archives are unpacked.
 *
 * @param archivesPrefix  where archives are uploaded ({@code archives/})
 * @param membersPrefix   where their members are written ({@code filings/archives/}): under the ingest prefix
 * @param formTypes       the form types to keep (upper case, exact: {@code 8-K} does not keep {@code 8-K/A}); empty
 *                        keeps every filing
 * @param maxMemberBytes  the largest member written (the largest object the ingest function reads)
 * @param maxRatio        the most an archive may expand, as a multiple of its compressed size
 * @param inMemoryBytes   members up to this size are held in memory while written, larger ones in a temporary file
 */
public record UnpackSettings(String archivesPrefix, String membersPrefix, Set<String> formTypes, long maxMemberBytes,
                             int maxRatio, int inMemoryBytes) {

    public UnpackSettings {
        Set<String> upper = new TreeSet<>();
        formTypes.forEach(form -> upper.add(form.strip().toUpperCase(Locale.ROOT)));
        upper.remove("");
        formTypes = Set.copyOf(upper);
    }

    /** A comma-separated list of form types, as the ArchiveFormTypes parameter gives it. */
    public static Set<String> formTypesOf(String commaSeparated) {
        Set<String> forms = new TreeSet<>();
        for (String form : commaSeparated == null ? new String[0] : commaSeparated.split(",")) {
            if (!form.isBlank()) {
                forms.add(form.strip());
            }
        }
        return forms;
    }

    boolean keeps(String formType) {
        return formTypes.isEmpty() || formTypes.contains(formType.toUpperCase(Locale.ROOT));
    }
}

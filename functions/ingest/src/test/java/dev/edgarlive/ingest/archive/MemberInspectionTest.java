package dev.edgarlive.ingest.archive;

import dev.edgarlive.emulator.ProjectFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MemberInspectionTest {

    @Test
    void theFormTypeOfACompleteSubmissionIsItsConformedSubmissionType() {
        assertThat(MemberInspection.formTypeOf(Archives.submission("0000950134-24-000001", "8-K/A", "ACME")))
                .contains("8-K/A");
    }

    @Test
    void theFormTypeOfAFeedSubmissionIsItsFirstTypeTagEvenOnOneLine() {
        assertThat(MemberInspection.formTypeOf(Archives.nc("0001193125-24-000001", "SC 13G/A", "ACME")))
                .contains("SC 13G/A");
        assertThat(MemberInspection.formTypeOf("<SUBMISSION><ACCESSION-NUMBER>0001493152-25-001317<TYPE>8-K"
                + "<PUBLIC-DOCUMENT-COUNT>14")).contains("8-K");
    }

    @Test
    void aBareDocumentHasNoFormTypeToReadAndABlankOneIsNone() {
        assertThat(MemberInspection.formTypeOf("Item 5. Other Events.")).isEmpty();
        assertThat(MemberInspection.formTypeOf("CONFORMED SUBMISSION TYPE:\t\n")).isEmpty();
    }

    @Test
    void binaryMembersAreNoFilingsAndSaySoTextIsLeftToTheParser() {
        assertThat(MemberInspection.of(new byte[] {'%', 'P', 'D', 'F', '-', '1'}, 6).notAFiling()).contains("PDF");
        assertThat(MemberInspection.of(new byte[] {'a', 0, 'b'}, 3).notAFiling()).contains("NUL");
        assertThat(MemberInspection.of(new byte[0], 0).notAFiling()).contains("empty");
        assertThat(MemberInspection.of("<html><body>8-K</body></html>".getBytes(StandardCharsets.US_ASCII), 29)
                .notAFiling()).isNull();
    }

    /**
     * Every corpus filing with an SEC header (complete submission files and .nc feed files alike): the form type read
     * from its first 64 KB is the one the manifest gives (its own header's CONFORMED SUBMISSION TYPE).
     */
    @Test
    void readsTheFormTypeOfEveryCorpusFilingWithAHeader() throws IOException {
        Optional<List<Path>> files = ProjectFiles.corpusFiles();
        Assumptions.assumeTrue(files.isPresent(), "no shared corpus at ../shared/corpus");
        Path manifest = files.get().get(0).getParent().getParent().resolve("MANIFEST.tsv");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String line : Files.readAllLines(manifest).subList(1, Files.readAllLines(manifest).size())) {
            String[] fields = line.split("\t");
            if (fields.length < 7 || !fields[6].equals("yes")) {
                continue;
            }
            Path file = manifest.getParent().resolve(fields[0]);
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(MemberSpool.HEAD_BYTES);
            }
            Optional<String> form = MemberInspection.of(head, Files.size(file)).formType();
            checked++;
            if (!form.equals(Optional.of(fields[3]))) {
                wrong.add(fields[0] + ": manifest " + fields[3] + ", read " + form.orElse("nothing"));
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }
}

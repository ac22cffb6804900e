package dev.edgarlive.ingest.archive;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Archives for the tests, built in memory: a map of member path to bytes, in order. */
final class Archives {

    private Archives() {
    }

    static Map<String, byte[]> members(Object... pathsAndContents) {
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            Object content = pathsAndContents[i + 1];
            members.put((String) pathsAndContents[i], content instanceof byte[] bytes ? bytes
                    : ((String) content).getBytes(StandardCharsets.ISO_8859_1));
        }
        return members;
    }

    static byte[] tar(Map<String, byte[]> members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTar(members, out);
        return out.toByteArray();
    }

    static byte[] tarGz(Map<String, byte[]> members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            writeTar(members, gzip);
        }
        return out.toByteArray();
    }

    static byte[] zip(Map<String, byte[]> members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                zip.putNextEntry(new ZipEntry(member.getKey()));
                zip.write(member.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void writeTar(Map<String, byte[]> members, OutputStream out) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(member.getKey());
                entry.setSize(member.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(member.getValue());
                tar.closeArchiveEntry();
            }
        }
    }

    /** A complete submission file with its SEC header, modelled on EDGAR's: the form type where EDGAR puts it. */
    static String submission(String accession, String form, String company) {
        return "<SEC-DOCUMENT>" + accession + ".txt : 20240102\n<SEC-HEADER>" + accession + ".hdr.sgml : 20240102\n"
                + "ACCESSION NUMBER:\t\t" + accession + "\nCONFORMED SUBMISSION TYPE:\t" + form + "\n"
                + "PUBLIC DOCUMENT COUNT:\t\t1\nFILED AS OF DATE:\t\t20240102\n\nFILER:\n\n\tCOMPANY DATA:\t\n"
                + "\t\tCOMPANY CONFORMED NAME:\t\t\t" + company + "\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>" + form
                + "\n<SEQUENCE>1\n<TEXT>\nItem 8.01 Other Events.\n\nThe company reports an event.\n</TEXT>\n"
                + "</DOCUMENT>\n</SEC-DOCUMENT>\n";
    }

    /** A submission in EDGAR's dissemination feed format (.nc): tags, the form type in &lt;TYPE&gt;. */
    static String nc(String accession, String form, String company) {
        return "<SUBMISSION>\n<ACCESSION-NUMBER>" + accession + "\n<TYPE>" + form + "\n<PUBLIC-DOCUMENT-COUNT>1\n"
                + "<FILING-DATE>20240102\n<FILER>\n<COMPANY-DATA>\n<CONFORMED-NAME>" + company + "\n</COMPANY-DATA>\n"
                + "</FILER>\n<DOCUMENT>\n<TYPE>" + form + "\n<SEQUENCE>1\n<TEXT>\nItem 2.02 Results of Operations.\n"
                + "</TEXT>\n</DOCUMENT>\n</SUBMISSION>\n";
    }
}

package dev.edgarlive.parser;

import dev.edgarlive.filing.Registrant;
import dev.edgarlive.parser.cover.CompanyFacts;
import dev.edgarlive.parser.cover.CoverPage;
import dev.edgarlive.parser.envelope.HeaderParty;
import dev.edgarlive.parser.envelope.SubmissionHeader;
import dev.edgarlive.parser.text.AsciiCase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The registrants of a combined filing, from its two sources: the header's FILER blocks (name, CIK, state, file
 * and IRS numbers, as EDGAR conformed them) and the cover page's table of registrants (as the filer wrote them).
 * A cover registrant and a header filer are the same when their file numbers, IRS numbers or names agree; the
 * header's values come first, the cover fills what the header leaves out. Also decides which cover registrant the
 * company's cover facts are taken from: the one the header names, so that a subsidiary's IRS number never fills
 * in the parent's.
 */
final class Registrants {

    private Registrants() {
    }

    /**
     * Every registrant, in the cover's order with the filers the cover leaves out after them, when the filing has
     * two or more; else an empty list.
     */
    static List<Registrant> of(SubmissionHeader header, CoverPage cover) {
        List<Registrant> filers = filers(header);
        if (cover.registrants().isEmpty()) {
            return filers.size() >= 2 ? filers : List.of();
        }
        List<Registrant> merged = new ArrayList<>();
        List<Registrant> unmatched = new ArrayList<>(filers);
        for (Registrant listed : cover.registrants()) {
            Registrant filer = matching(listed, unmatched);
            unmatched.remove(filer);
            merged.add(filer == null ? listed : filled(filer, listed));
        }
        merged.addAll(unmatched);
        return merged;
    }

    /**
     * The cover as it speaks of the company: unchanged for one registrant; for a combined filing, with the name,
     * state, file and IRS numbers of the registrant the header's filer is, of none when the header names a filer
     * the cover does not list, or of the cover's first when there is no header.
     */
    static CoverPage coverOfCompany(HeaderParty principal, CoverPage cover) {
        if (cover.registrants().isEmpty() || principal == null) {
            return cover;
        }
        return cover.naming(matching(CompanyFacts.registrantOf(principal), cover.registrants()));
    }

    private static List<Registrant> filers(SubmissionHeader header) {
        List<Registrant> filers = new ArrayList<>();
        Set<String> ciks = new HashSet<>();
        for (HeaderParty party : header.parties()) {
            if (party.role().equals("FILER")) {
                Registrant filer = CompanyFacts.registrantOf(party);
                if (filer.cik() == null || ciks.add(filer.cik())) {
                    filers.add(filer);
                }
            }
        }
        return filers;
    }


    private static Registrant matching(Registrant wanted, List<Registrant> among) {
        for (Registrant candidate : among) {
            if (sameFileNumber(wanted.fileNumber(), candidate.fileNumber())
                    || wanted.irsNumber() != null && wanted.irsNumber().equals(candidate.irsNumber())) {
                return candidate;
            }
        }
        for (Registrant candidate : among) {
            if (wanted.name() != null && candidate.name() != null && nameKey(wanted.name()).equals(nameKey(candidate.name()))) {
                return candidate;
            }
        }
        return null;
    }

    private static Registrant filled(Registrant filer, Registrant listed) {
        return new Registrant(
                filer.name() != null ? filer.name() : listed.name(),
                filer.cik(),
                filer.stateOfIncorporation() != null ? filer.stateOfIncorporation() : listed.stateOfIncorporation(),
                filer.fileNumber() != null ? filer.fileNumber() : listed.fileNumber(),
                filer.irsNumber() != null ? filer.irsNumber() : listed.irsNumber());
    }

    /** "001-03526" and "1-3526" are one file number: EDGAR pads each part with zeros, filers seldom do. */
    static boolean sameFileNumber(String a, String b) {
        return a != null && b != null && fileNumberKey(a).equals(fileNumberKey(b));
    }

    private static String fileNumberKey(String fileNumber) {
        StringBuilder key = new StringBuilder();
        for (String part : fileNumber.strip().split("-")) {
            int i = 0;
            while (i < part.length() - 1 && part.charAt(i) == '0') {
                i++;
            }
            key.append(key.length() == 0 ? "" : "-").append(part.substring(i));
        }
        return key.toString();
    }

    /**
     * A name reduced so that the cover's "The Southern Company" and the header's "SOUTHERN CO" agree: letters and
     * digits, the usual corporate words abbreviated, a leading "the" dropped.
     */
    private static String nameKey(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : AsciiCase.lowerCase(name).split("[^a-z0-9]+")) {
            String w = switch (word) {
                case "the", "" -> "";
                case "company" -> "co";
                case "corporation" -> "corp";
                case "incorporated" -> "inc";
                case "limited" -> "ltd";
                default -> word;
            };
            key.append(w);
        }
        return key.toString();
    }

}

/**
 * What a report says outside its items: the cover page read by its captions ({@code CoverPageReader}, or
 * {@code XmlCoverReader} for XML forms), the company merged from header, {@code dei:} facts and cover
 * ({@code CompanyFacts}), the signature block ({@code SignatureBlock}) and the exhibit list
 * ({@code ExhibitListReader}).
 */
package dev.edgarlive.parser.cover;

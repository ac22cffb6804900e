/**
 * The first stage: bytes to one decoded string ({@code InputGuard} rejects what is provably no filing,
 * {@code TextDecoder} picks the charset), then the SGML envelope as offsets into it ({@code SgmlEnvelopeReader}:
 * header and {@code <DOCUMENT>} slices, nothing copied), each document's format ({@code DocumentFormatSniffer}),
 * and the header's facts in one vocabulary whichever dialect carried them ({@code SubmissionHeaderReader}).
 */
package dev.edgarlive.parser.envelope;

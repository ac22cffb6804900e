package dev.edgarlive.ingest.archive;

import java.io.InputStream;

/**
 * One entry of an archive as it streams by.
 *
 * @param index   its position among the archive's entries, from 0 (what a checkpoint resumes after)
 * @param path    its path inside the archive, as written there
 * @param size    its size where the archive says it up front, else -1 (a zip entry with a data descriptor)
 * @param file    whether it is a regular file (not a directory, a link or a device)
 * @param content its bytes; read them before asking for the next member
 */
record ArchiveMember(int index, String path, long size, boolean file, InputStream content) {
}

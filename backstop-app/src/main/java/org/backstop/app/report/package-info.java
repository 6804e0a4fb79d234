/**
 * The summary as a PDF report a person brings to an appointment, drawn with Apache
 * PDFBox: text that can be copied and read back, charts drawn as vector graphics on the
 * server and never split across pages, the sources of each triage reason, page numbers,
 * in the reader's language. Downloads are never cached and are recorded in the person's
 * trail.
 */
package org.backstop.app.report;

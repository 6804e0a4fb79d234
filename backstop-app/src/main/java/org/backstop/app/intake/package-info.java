/**
 * Requests to be contacted by the clinic: the public contact form (also framed on the
 * clinic's own site), with an assessment attached as it stood, and the clinicians' queue,
 * most urgent first, with status, assignment, notes, search and a CSV export, every
 * action in the audit trail.
 */
package org.backstop.app.intake;

/**
 * Sharing a record: a person grants a clinician account read access to named parts of it
 * until a day they choose, or makes a link that expires, and can end either at any time.
 * Clinicians list who shared with them; a link's opener gives their name. Whether a read
 * is allowed is decided by {@code security.HealthDataAccess}; every read is in the
 * person's audit trail.
 */
package org.backstop.app.sharing;

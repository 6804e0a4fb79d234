/**
 * A person's control over what Backstop keeps about them: the export of everything, the
 * deletion of their account with all its data, and the retention rules that remove old
 * records on their own.
 */
package org.backstop.app.privacy;

/**
 * The clinic this installation serves: its name, address, phone, emergency number,
 * opening hours, who is told of new requests, which web sites may frame its forms, and
 * its colours. One clinic per installation; an administrator edits it at
 * {@code /admin/clinic}.
 */
package org.backstop.app.clinic;

/**
 * A person's own record as a FHIR R4 Bundle (HAPI FHIR's model), and Backstop's own FHIR
 * definitions: a Questionnaire per instrument and the code systems and value sets of
 * Backstop's codes, all generated from the core's definitions.
 */
package org.backstop.app.fhir;

package org.backstop.app.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.backstop.core.assessment.Medicine;
import org.backstop.core.assessment.Mobility;
import org.backstop.core.assessment.Region;
import org.backstop.core.assessment.Symptom;

/**
 * One moment of a person's diary. Every detail but the moment is optional: "spasm now,
 * pain 6" is a whole entry.
 *
 * @param id the entry's id
 * @param accountId whose diary it is in
 * @param what what was logged
 * @param createdAt when it was first stored
 * @param updatedAt when it was last changed
 */
record DiaryEntry(UUID id, UUID accountId, Details what, Instant createdAt, Instant updatedAt) {

	/** The person's own calendar day of this entry. */
	LocalDate localDate() {
		return this.what.localDate();
	}

	/**
	 * What an entry says, as read from the person.
	 *
	 * @param loggedAt the moment it is about (now, or a past time)
	 * @param timeZone the person's time zone at that moment, which decides its day
	 * @param pain pain 0 to 10, or {@code null}
	 * @param spasms how many spasms, or {@code null}
	 * @param region where, by the assessment's region codes, or {@code null}
	 * @param mobility how well they could move, or {@code null}
	 * @param treatments treatments and exercises done
	 * @param medicines medicines taken, with their amounts
	 * @param symptoms warning signs noticed
	 * @param symptomsNotSure warning signs they were not sure about
	 * @param notes free text, or {@code null}
	 */
	record Details(Instant loggedAt, ZoneId timeZone, Integer pain, Integer spasms, Region region, Mobility mobility,
			List<TreatmentDone> treatments, List<MedicineTaken> medicines, Set<Symptom> symptoms,
			Set<Symptom> symptomsNotSure, String notes) {

		Details {
			treatments = List.copyOf(treatments);
			medicines = List.copyOf(medicines);
			symptoms = Set.copyOf(symptoms);
			symptomsNotSure = Set.copyOf(symptomsNotSure);
		}

		LocalDate localDate() {
			return this.loggedAt.atZone(this.timeZone).toLocalDate();
		}

		/** Whether a spasm was logged: a count above zero. */
		boolean spasm() {
			return this.spasms != null && this.spasms > 0;
		}

	}

	/**
	 * A treatment or exercise done, by the plan's code or the person's own name.
	 *
	 * @param name what was done
	 * @param painBefore pain just before, or {@code null}
	 * @param painAfter pain a while after, or {@code null}
	 */
	record TreatmentDone(String name, Integer painBefore, Integer painAfter) {

		boolean measured() {
			return this.painBefore != null && this.painAfter != null;
		}

	}

	/**
	 * A medicine taken.
	 *
	 * @param medicine which
	 * @param mg how much, in milligrams
	 */
	record MedicineTaken(Medicine medicine, int mg) {
	}

}

package org.backstop.app.diary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import org.backstop.core.assessment.Medicine;

/**
 * A person's diary entries, for a whole-record export such as FHIR. Like the account
 * export, the caller has checked ownership and records its own audit entry.
 */
@Service
public class LoggedEntries {

	private final DiaryRepository diary;

	LoggedEntries(DiaryRepository diary) {
		this.diary = diary;
	}

	/** Every entry of the owner, oldest first. */
	public List<LoggedEntry> allOf(UUID ownerId) {
		return this.diary.findByAccount(ownerId)
			.stream()
			.map((entry) -> new LoggedEntry(entry.id(), entry.what().loggedAt(), entry.what().pain(),
					entry.what()
						.medicines()
						.stream()
						.map((taken) -> new LoggedMedicine(taken.medicine(), taken.mg()))
						.toList()))
			.toList();
	}

	/**
	 * One diary entry, as far as an export needs it.
	 *
	 * @param id the entry's id
	 * @param loggedAt the moment it is about
	 * @param pain pain 0 to 10, or {@code null} when not logged
	 * @param medicines medicines taken at that moment
	 */
	public record LoggedEntry(UUID id, Instant loggedAt, Integer pain, List<LoggedMedicine> medicines) {

		public LoggedEntry {
			medicines = List.copyOf(medicines);
		}

	}

	/**
	 * A medicine taken.
	 *
	 * @param medicine which
	 * @param mg how much, in milligrams
	 */
	public record LoggedMedicine(Medicine medicine, int mg) {
	}

}

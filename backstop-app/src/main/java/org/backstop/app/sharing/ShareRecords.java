package org.backstop.app.sharing;

import static org.backstop.app.database.SqlTime.instant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.backstop.app.fhir.ShareSource;
import org.backstop.app.fhir.ShareTerms;
import org.backstop.app.privacy.ExportSection;
import org.backstop.app.security.HealthDataScope;

/**
 * Every share a person made, running or not, for their FHIR export and their account
 * export: grants name the clinician, links their label. Ended and revoked shares stay, as
 * the record of what was agreed and when it stopped.
 */
@Component
class ShareRecords implements ShareSource, ExportSection {

	private final JdbcClient jdbc;

	ShareRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "shares";
	}

	@Override
	public Object contentFor(UUID accountId) {
		return sharesOf(accountId);
	}

	@Override
	public List<ShareTerms> sharesOf(UUID ownerId) {
		List<ShareTerms> shares = new ArrayList<>();
		shares.addAll(this.jdbc.sql(
				"SELECT g.id, g.scopes, g.created_at, g.ends_at, g.revoked_at, COALESCE(a.display_name, a.email) AS name "
						+ "FROM share_grant g JOIN account a ON a.id = g.clinician_id WHERE g.owner_id = ?")
			.param(ownerId)
			.query((rs, row) -> new ShareTerms(rs.getObject("id", UUID.class), rs.getString("name"),
					HealthDataScope.split(rs.getString("scopes")), instant(rs, "created_at"), instant(rs, "ends_at"),
					instant(rs, "revoked_at"), ShareTerms.BACKSTOP_POLICY))
			.list());
		shares.addAll(this.jdbc
			.sql("SELECT id, label, scopes, created_at, expires_at, revoked_at FROM share_link WHERE owner_id = ?")
			.param(ownerId)
			.query((rs, row) -> new ShareTerms(rs.getObject("id", UUID.class),
					"Whoever opens the link \u201c" + rs.getString("label") + "\u201d",
					HealthDataScope.split(rs.getString("scopes")), instant(rs, "created_at"), instant(rs, "expires_at"),
					instant(rs, "revoked_at"), ShareTerms.BACKSTOP_POLICY))
			.list());
		shares.sort(Comparator.comparing(ShareTerms::start).thenComparing(ShareTerms::id));
		return shares;
	}

}

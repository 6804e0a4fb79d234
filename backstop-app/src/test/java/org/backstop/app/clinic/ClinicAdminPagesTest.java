package org.backstop.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Role;

/**
 * The clinic page an administrator fills in: each bad value named beside its field, what
 * was typed kept, and nobody else let in; the embedding tests rely on what it saves.
 */
@ApiTest
public class ClinicAdminPagesTest {

	/** The origin every test that frames a form configures. */
	public static final String CLINIC_SITE = "https://www.harbour-clinic.example";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void badValuesAreNamedAndKeptAndGoodOnesShowOnTheContactForm() {
		Http admin = admin(this.port, this.accounts);
		Map<String, String> bad = fields();
		bad.put("name", "");
		bad.put("phone", "call us");
		bad.put("notifyEmails", "desk@harbour-clinic.example\nnot an address");
		bad.put("embedOrigins", "https://www.harbour-clinic.example/contact");
		bad.put("colour", "#ffee00");
		bad.put("buttonColour", "blue");
		HttpResponse<String> refused = post(admin, bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"name-error\"", "id=\"phone-error\"", "id=\"notifyEmails-error\"",
				"Line 2: ", "id=\"embedOrigins-error\"", "no path", "id=\"colour-error\"", "too light",
				"id=\"buttonColour-error\"", "value=\"call us\"", "not an address", "#ffee00");

		HttpResponse<String> saved = post(admin, fields());
		assertThat(saved.statusCode()).isEqualTo(302);
		HttpResponse<String> page = admin.get("/admin/clinic?saved");
		assertThat(page.body()).contains("id=\"clinic-saved\"", CLINIC_SITE, "/embed/contact",
				"title=&quot;Harbour Back Clinic&quot;");
		assertThat(new Http(this.port).get("/contact").body()).contains("Harbour Back Clinic", "call 061");
	}

	@Test
	void onlyAnAdministratorOpensIt() {
		assertThat(Http.browser(this.port).get("/admin/clinic").statusCode()).isEqualTo(302);
		for (Role role : new Role[] { Role.PATIENT, Role.CLINICIAN }) {
			String email = People.freshEmail();
			assertThat(this.accounts.signUp(email, People.PASSWORD, null, role).isValid()).isTrue();
			assertThat(People.signedIn(this.port, email).get("/admin/clinic").statusCode()).as(role.name())
				.isEqualTo(403);
		}
	}

	/** Saves the clinic every test expects, framed only by {@link #CLINIC_SITE}. */
	public static void configure(int port, AccountService accounts) {
		assertThat(post(admin(port, accounts), fields()).statusCode()).isEqualTo(302);
	}

	static Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "Harbour Back Clinic");
		fields.put("address", "1 Quay Street\nPort Town");
		fields.put("phone", "+34 912 345 678");
		fields.put("emergencyNumber", "061");
		fields.put("openingHours", "Monday to Friday, 9 to 17");
		fields.put("notifyEmails", "desk@harbour-clinic.example");
		fields.put("embedOrigins", CLINIC_SITE + "/\nhttps://booking.harbour-clinic.example:8443");
		fields.put("colour", "#1F4E79");
		fields.put("buttonColour", "#7a2e0e");
		return fields;
	}

	private static Http admin(int port, AccountService accounts) {
		String email = People.freshEmail();
		assertThat(accounts.signUp(email, People.PASSWORD, null, Role.ADMIN).isValid()).isTrue();
		return People.signedIn(port, email);
	}

	private static HttpResponse<String> post(Http admin, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", Forms.csrfToken(admin, "/admin/clinic"));
		return admin.postForm("/admin/clinic", withToken);
	}

}

package org.backstop.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.backstop.app.admin.AdminCommand;
import org.backstop.app.assessment.AssessCommand;
import org.backstop.app.careplan.PlanCommand;
import org.backstop.app.command.ServeCommand;
import org.backstop.app.medicine.DosesCommand;
import org.backstop.app.rules.RulesCommand;

/**
 * The {@code backstop} command: {@code serve} starts the web app; {@code assess},
 * {@code plan}, {@code doses} and {@code rules} work offline, without starting it;
 * {@code admin} works on the database without starting the web server.
 */
@Command(name = "backstop", mixinStandardHelpOptions = true, versionProvider = BackstopVersion.class,
		description = "Back spasm assessment and self-care support. Backstop supports decisions; it does not diagnose.",
		subcommands = { ServeCommand.class, AssessCommand.class, PlanCommand.class, DosesCommand.class,
				RulesCommand.class, AdminCommand.class, CommandLine.HelpCommand.class })
public final class Backstop implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) {
		int exitCode = new CommandLine(new Backstop()).execute(args);
		// A running server keeps the JVM alive on its own threads; everything else ends
		// here.
		if (exitCode != 0) {
			System.exit(exitCode);
		}
	}

	@Override
	public void run() {
		this.spec.commandLine().usage(System.out);
	}

}

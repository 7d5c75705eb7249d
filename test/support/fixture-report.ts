import { buildFixture, type FixtureOptions } from "./build-fixture.ts";
import { buildReport } from "./build-report.ts";

/**
 * What `npm run build` says of a fixture site (exit code and lines for the editor), built once per
 * test process for the same options: the tests of several checks read the same build.
 */
export function fixtureReport(fixture: string, options: FixtureOptions = {}): Promise<Report> {
  const key = `${fixture} ${JSON.stringify(options)}`;
  let report = reports.get(key);
  if (!report) {
    report = buildFixture(fixture, options).then(buildReport);
    reports.set(key, report);
  }
  return report;
}

/**
 * The lines of a fixture's report about the files under one of its folders (`content/liens/`):
 * `defects` shows end to end each error the checks find, `warnings` each warning, a page or a
 * folder for each.
 */
export async function reportedUnder(
  fixture: "defects" | "warnings",
  folder: string,
  options: FixtureOptions = {},
): Promise<string[]> {
  const { findings } = await fixtureReport(fixture, options);
  return findings.filter((line) => line.startsWith(`test/fixtures/${fixture}/${folder}`));
}

type Report = ReturnType<typeof buildReport>;
const reports = new Map<string, Promise<Report>>();

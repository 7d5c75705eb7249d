import { buildFixture } from "./test/support/build-fixture.ts";
import { buildReport } from "./test/support/build-report.ts";

const site = await buildFixture(process.argv[2]!, { pathPrefix: process.argv[3] ?? "/" });
console.log(JSON.stringify(buildReport(site), null, 1));
console.log(site.outputDir);

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isoDay, postDate } from "../../lib/posts/post-date.ts";

describe("the publication date of a post", () => {
  it("is the Date YAML reads from an unquoted 2026-08-12", () => {
    const date = new Date(Date.UTC(2026, 7, 12));
    assert.equal(postDate(date), date);
  });

  it("is read from a quoted date, and from the ISO string the build's manifest keeps", () => {
    assert.equal(postDate("2026-08-12")?.toISOString(), "2026-08-12T00:00:00.000Z");
    assert.equal(postDate("2026-08-12T00:00:00.000Z")?.toISOString(), "2026-08-12T00:00:00.000Z");
    assert.equal(postDate("2026-08-12T09:30:00+02:00")?.toISOString(), "2026-08-12T07:30:00.000Z");
  });

  it("is none for a day that does not exist, which new Date would roll over to the next month", () => {
    assert.equal(postDate("2026-02-30"), undefined);
    assert.equal(postDate("2026-13-01"), undefined);
  });

  it("is none for French writing, a number, an invalid Date or nothing", () => {
    for (const value of ["12/08/2026", "12 août 2026", 2026, new Date("demain"), undefined, null, ""])
      assert.equal(postDate(value), undefined, String(value));
  });

  it("writes its day as YAML reads it, in UTC", () => {
    assert.equal(isoDay(new Date(Date.UTC(2026, 0, 5))), "2026-01-05");
  });
});

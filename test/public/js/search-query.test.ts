import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { reachesQuery, searchTerms } from "../../../public/js/search-query.js";

describe("the query the results page gives Pagefind", () => {
  it("drops the small French words, which would match every « des » and « description »", () => {
    assert.equal(searchTerms("mot de passe"), "mot passe");
    assert.equal(searchTerms("Changer le mot de passe de mon compte"), "Changer mot passe compte");
  });

  it("keeps them when nothing else is left", () => {
    assert.equal(searchTerms("de la"), "de la");
  });

  it("splits elisions, typed with either apostrophe", () => {
    assert.equal(searchTerms("l’inscription d'un agent"), "inscription agent");
  });

  it("composes accents typed as two code points", () => {
    assert.equal(searchTerms("se\u0301curite\u0301"), "sécurité");
  });
});

describe("whether a result really answers the query", () => {
  const result = (content: string, ...locations: number[]) => ({ content, locations });

  it("accepts a matched word that starts like a searched one, accents and case aside", () => {
    assert.equal(reachesQuery(result("Changement de Téléphone)", 2), "telephone"), true);
    assert.equal(reachesQuery(result("vous identifier avec", 1), "identifiant oublié"), true);
  });

  it("accepts a word inside an elided token", () => {
    assert.equal(reachesQuery(result("via l’application", 1), "applications"), true);
  });

  it("rejects the clipped words Pagefind falls back on", () => {
    assert.equal(reachesQuery(result("2 - Se connecter", 2), "sécurité"), false);
    assert.equal(reachesQuery(result("une photo du site", 1), "photocopieuse"), false);
  });

  it("ignores the small words of the query", () => {
    assert.equal(reachesQuery(result("page de connexion", 1), "mot de passe"), false);
  });
});

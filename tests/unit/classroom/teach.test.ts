import { describe, expect, it } from "vitest";
import { LESSON_MINUTES, parseTeach } from "../../../src/story/teach";

const file = "content/teach.mdx";
const refs = { chapterIds: ["kandadji", "coup"], termIds: new Set(["coup", "jnim"]) };
const teach = (over: Record<string, unknown> = {}) => ({
  title: "Teacher’s guide",
  summary: "A lesson.",
  objectives: ["explain what a coup is"],
  lesson: [
    { minutes: 15, title: "Read", activity: "Read the story." },
    { minutes: 30, title: "Discuss", activity: "Discuss the questions." },
  ],
  questions: { kandadji: ["Who attacked?"], coup: ["Why a coup?"] },
  keyTerms: ["coup", "jnim"],
  ...over,
});

describe("parseTeach()", () => {
  it("accepts a guide whose lesson fills one period and whose questions cover every chapter", () => {
    const t = parseTeach(teach(), file, refs);
    expect(t.lesson.reduce((n, p) => n + p.minutes, 0)).toBe(LESSON_MINUTES);
    expect(Object.keys(t.questions)).toEqual(["kandadji", "coup"]);
  });

  it("names the minutes when the lesson does not add up to 45", () => {
    const lesson = [
      { minutes: 20, title: "Read", activity: "Read." },
      { minutes: 30, title: "Discuss", activity: "Discuss." },
    ];
    expect(() => parseTeach(teach({ lesson }), file, refs)).toThrow(
      `${file}, field "lesson[].minutes": the lesson parts add up to 50 minutes, not 45 (value: [20,30])`,
    );
  });

  it("names a question keyed by a chapter that does not exist", () => {
    const questions = { kandadji: ["Who?"], coup: ["Why?"], kandaji: ["Typo?"] };
    expect(() => parseTeach(teach({ questions }), file, refs)).toThrow(
      `${file}, field "questions.kandaji": no chapter with this id (chapters: kandadji, coup) (value: "kandaji")`,
    );
  });

  it("names a speaker note that belongs to no chapter", () => {
    expect(() => parseTeach(teach({ notes: { kandaji: "Point at the ring." } }), file, refs)).toThrow(
      `${file}, field "notes.kandaji": no chapter with this id (chapters: kandadji, coup) (value: "kandaji")`,
    );
  });

  it("names a chapter that has no questions", () => {
    expect(() => parseTeach(teach({ questions: { kandadji: ["Who?"] } }), file, refs)).toThrow(
      `${file}, field "questions.coup": no questions for this chapter`,
    );
  });

  it("names a key term that is not in the glossary", () => {
    expect(() => parseTeach(teach({ keyTerms: ["coup", "junta"] }), file, refs)).toThrow(
      `${file}, field "keyTerms[1]": no term with this id in content/glossary.json (value: "junta")`,
    );
  });

  it("names a blank question and a part with no minutes", () => {
    expect(() => parseTeach(teach({ questions: { kandadji: [" "], coup: ["Why?"] } }), file, refs)).toThrow(
      `${file}, field "questions.kandadji[0]": must not be blank`,
    );
    const lesson = [{ title: "Read", activity: "Read." }];
    expect(() => parseTeach(teach({ lesson }), file, refs)).toThrow(`${file}, field "lesson[0].minutes"`);
  });
});

import { describe, expect, it } from "vitest";
import { timelineStatus } from "../../../src/client/timelineStatus";
import { stringEntries } from "../../../src/i18n/plural";
import { loadStrings } from "../../../src/i18n/strings";

const forms = (locale: string) => Object.fromEntries(stringEntries(loadStrings(locale), "timeline.showing"));

describe("timelineStatus()", () => {
  // The French string avoided the plural ("Événements affichés : 1 sur 40"); it now agrees with the count.
  it("takes the plural form the edition's locale gives the number of events shown", () => {
    expect(timelineStatus(forms("fr"), 1, 40, "fr")).toBe("1 événement affiché sur 40");
    expect(timelineStatus(forms("fr"), 0, 40, "fr")).toBe("0 événement affiché sur 40");
    expect(timelineStatus(forms("fr"), 12, 1200, "fr")).toBe("12 événements affichés sur 1\u202f200");
    expect(timelineStatus(forms("en"), 12, 40, "en")).toBe("12 of 40 events shown");
  });

  it("uses the one string there is when the file gives no plural forms", () => {
    expect(timelineStatus({ "timeline.showing": "{n}/{total}" }, 2, 3, "fr")).toBe("2/3");
  });
});

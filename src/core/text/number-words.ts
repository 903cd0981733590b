/**
 * Numbers written as words ("Fifty-one percent", "Two soldiers"): a count opening a sentence
 * is capitalised like a name but never part of one.
 */
export const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens?|hundreds|thousands)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?$/i;

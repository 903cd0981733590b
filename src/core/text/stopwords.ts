/**
 * English function words: they carry no topic, so sentence scoring and headline overlap ignore
 * them. Short on purpose (a long list starts to swallow content words like "house" or "state").
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why
will with would you your yours yourself yourselves said says say told according mr mrs ms one two
new last year years first would could may might must us s t don didn doesn isn wasn weren won
it's i'm he's she's we're they're`.split(/\s+/),
);

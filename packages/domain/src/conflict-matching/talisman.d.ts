// talisman 1.1.4 ships no type declarations: these cover the two modules we import.
declare module 'talisman/metrics/jaro-winkler' {
  export function similarity(a: string, b: string): number;
}
declare module 'talisman/phonetics/double-metaphone' {
  const doubleMetaphone: (word: string) => [string, string];
  export default doubleMetaphone;
}
declare module 'talisman/metrics/damerau-levenshtein' {
  const damerauLevenshtein: (a: string, b: string) => number;
  export default damerauLevenshtein;
}

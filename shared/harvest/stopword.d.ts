// `stopword` 3.x ships no type declarations; we use only its word lists (plain string arrays).
declare module 'stopword' {
  export const nld: readonly string[];
  export const eng: readonly string[];
}

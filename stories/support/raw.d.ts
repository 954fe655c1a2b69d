// Vite's `?raw` imports: a file's text, for stories that show or read a document.
declare module '*?raw' {
  const text: string;
  export default text;
}

// Vite's `?raw` suffix imports a file's text (used for the GenAI-Arena fixture: no fs in workerd).
declare module '*?raw' {
  const text: string;
  export default text;
}

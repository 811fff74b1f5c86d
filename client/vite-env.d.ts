// Vite's ambient types: CSS side-effect imports, import.meta.env. The shared tsconfig only
// loads Node's types, so the client opts in here.
/// <reference types="vite/client" />

// Vite's ambient types: CSS side-effect imports, import.meta.env. Only the client's code
// uses them, so it opts in here (tsconfig.client.json, and tsconfig.json for its tests).
/// <reference types="vite/client" />

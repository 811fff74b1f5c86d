// Stands in for Node's types where code must not see them: tsconfig.shared.json and
// tsconfig.client.json point `typeRoots` here. @types/papaparse says
// `/// <reference types="node" />` (for its Node streaming overload, which we do not use),
// and that line would otherwise bring `process`, `Buffer` and every Node global into any
// program that imports papaparse. The server's and the tools' configs see the real types.
export {}

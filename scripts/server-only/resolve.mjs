// The resolve hook registered by ./register.mjs: `server-only` is an empty module; everything else
// goes on down the chain (tsx's own hooks).
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return nextResolve(specifier, context);
}

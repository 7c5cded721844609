import fs from "node:fs";

/** The parent pid of a process, from /proc; undefined once it is gone. */
function parentPid(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function title(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}

/**
 * The processes serving the requests: every descendant of `root` (scripts/serve.ts and its tsx
 * wrapper) titled next-server, or `root` itself when there is none.
 */
export function nextServerPids(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentPid(Number(entry));
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (title(pid).startsWith("next-server")) found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found.length > 0 ? found : [root];
}

import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import { time } from '../format';
import { toastError } from '../toast';
import type { NodeInfo } from '../types';

/**
 * The nodes sharing the store (GET /api/nodes), refreshed every few seconds: live or gone, last heartbeat,
 * the job types each claims with their limits, the jobs it runs now and the tools and encoders it found.
 */
export function NodesPanel() {
  const [nodes, setNodes] = useState<NodeInfo[] | null>(null);
  useEffect(() => {
    let failed = false;
    const load = () => call(api.GET('/api/nodes')).then((r) => { failed = false; setNodes(r.nodes); })
      .catch((e) => { if (!failed) toastError(e); failed = true; });
    load();
    const t = setInterval(load, 2000);
    return () => clearInterval(t);
  }, []);

  return (
    <section aria-labelledby="nodes-title">
      <h2 id="nodes-title">Nodes</h2>
      {nodes === null ? <p class="muted">Loading…</p> : nodes.length === 0 ? <p class="muted">No node has registered yet.</p> : (
        <table class="files nodes">
          <caption class="sr-only">Nodes sharing this store</caption>
          <thead><tr><th scope="col">Node</th><th scope="col">Host</th><th scope="col">Version</th><th scope="col">State</th>
            <th scope="col">Last heartbeat</th><th scope="col">Running</th><th scope="col">Job types (at once)</th><th scope="col">Tools and encoders</th></tr></thead>
          <tbody>{nodes.map((n) => (
            <tr key={n.name} data-node={n.name}>
              <th scope="row" class="mono">{n.name}</th>
              <td>{n.host} <span class="muted small">pid {n.processId}</span></td>
              <td class="mono">{n.version}</td>
              <td><span class={`badge ${n.live ? 's-succeeded' : 's-cancelled'}`}>{n.live ? 'Live' : 'Gone'}</span></td>
              <td>{time(n.heartbeatUtc)}</td>
              <td class="num" data-testid="node-running">{n.runningJobs}</td>
              <td class="wrap">{Object.entries(n.jobTypes).map(([type, limit]) => `${type} ×${limit}`).join(', ')}</td>
              <td class="wrap">{n.capabilities.length ? n.capabilities.join(', ') : <span class="muted">none found</span>}</td>
            </tr>
          ))}</tbody>
        </table>
      )}
    </section>
  );
}

#!/usr/bin/env python3
"""Checks a parksim EPANET export in EPANET itself (through Python's wntr).

Loads the .inp file, runs a steady-state hydraulic simulation with EPANET's solver and
prints the flow in every pipe and the pressure at every junction. Exits non-zero if the
file does not load or the simulation fails.

    pip install wntr
    parksim export tests/fixtures/network_park.ron --format epanet --out water.inp
    python3 scripts/check_epanet.py water.inp
"""
import os
import sys
import tempfile

import wntr


def main(path: str) -> int:
    network = wntr.network.WaterNetworkModel(path)
    print(
        f"{path}: {network.num_junctions} junctions, {network.num_reservoirs} reservoirs, "
        f"{network.num_pipes} pipes"
    )
    # EPANET writes its own report and binary files: keep them out of the way.
    with tempfile.TemporaryDirectory() as scratch:
        prefix = os.path.join(scratch, "epanet")
        results = wntr.sim.EpanetSimulator(network).run_sim(file_prefix=prefix)
    flow_m3h = results.link["flowrate"].iloc[0] * 3600.0
    pressure_m = results.node["pressure"].iloc[0]
    demand_m3h = results.node["demand"].iloc[0] * 3600.0
    print("pipe flows, m³/h:")
    for name, value in flow_m3h.items():
        print(f"  {name:<32} {value:10.2f}")
    print("junction pressures, m:")
    for name in network.junction_name_list:
        print(f"  {name:<32} {pressure_m[name]:10.2f}  (demand {demand_m3h[name]:.2f} m³/h)")
    supplied = -demand_m3h[network.reservoir_name_list].sum()
    asked = demand_m3h[network.junction_name_list].sum()
    print(f"supplied by the reservoirs {supplied:.2f} m³/h for a demand of {asked:.2f} m³/h")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))

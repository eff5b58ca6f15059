#!/bin/bash
# CI's proof of the cluster path on a real Slurm: starts a one-node cluster (Debian's
# slurm-wlm and munge, installed by .ci/run), runs a small sweep of Sumgayit as a 4-task
# job array with the merge chained after it (scripts/slurm/sweep.sbatch), and checks that
# the merged files are byte for byte those of the same sweep run here in one go. Stops
# the daemons by their pid files whatever happens. Fails, never skips.
#
#   scripts/slurm/ci-test.sh PARKSIM_BINARY
set -euo pipefail
parksim=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
scene="$root/scenes/sumgayit.ron"

stop() {
  local pids=()
  for file in "$work/slurmd.pid" "$work/slurmctld.pid" /run/munge/munged.pid; do
    [ -f "$file" ] && pids+=("$(cat "$file")")
  done
  [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null || true
  # Gone before CI goes on (slurmctld takes a moment to save its state).
  for pid in "${pids[@]}"; do
    for _ in $(seq 20); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
  done
}
trap stop EXIT

host=$(hostname)
mkdir -p "$work/state" "$work/spool"
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=parksim
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
JobAcctGatherType=jobacct_gather/none
NodeName=$host CPUs=$(nproc) RealMemory=4000 State=UNKNOWN
PartitionName=main Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
mkdir -p /etc/munge /run/munge /var/log/munge
[ -f /etc/munge/munge.key ] || dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null
chown -R munge:munge /etc/munge /run/munge /var/log/munge
chmod 400 /etc/munge/munge.key
munged --force 2>/dev/null
slurmctld
slurmd
for _ in $(seq 30); do
  sinfo -h -o %t 2>/dev/null | grep -q idle && break
  sleep 1
done
sinfo

out="$work/sweep"
"$root/scripts/slurm/sweep.sbatch" "$scene" 1..8 4 "$out" "$parksim"
# The merge is the last job: wait until the queue is empty, at most 5 minutes.
for _ in $(seq 300); do
  [ -z "$(squeue -h)" ] && break
  sleep 1
done
if [ -n "$(squeue -h)" ]; then
  echo "the cluster did not finish the sweep in 5 minutes:" >&2
  squeue >&2
  exit 1
fi
"$parksim" sweep "$scene" --seeds 1..8 --out "$work/local"
for f in bands.csv runs.csv summary.json; do
  if ! cmp "$work/local/$f" "$out/merged/$f"; then
    echo "$f from the cluster's shards differs from the sweep run in one go" >&2
    tail -n 20 "$out"/*.log >&2 || true
    exit 1
  fi
done
echo "Slurm array of 4 shards, merged: bands.csv, runs.csv and summary.json identical to the local sweep"

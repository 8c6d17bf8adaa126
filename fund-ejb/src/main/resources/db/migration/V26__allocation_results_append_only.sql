-- What the allocation core computed for a scenario (its shares, pool outcomes and certificate) is
-- written once, at simulation, in the transaction in which the independent verifier accepted the
-- certificate; nothing updates or deletes it afterwards. Proposal and commitment no longer re-run
-- the full verifier but check that the stored certificate still has its digest and that the stored
-- shares pay what it states (AllocationService.requireStoredAsVerified, docs/allocation.md). So the
-- runtime user may only read and insert these rows: unlisted tables are append-only (V20).
delete from runtime_table_access
where table_name in ('allocation_share', 'allocation_pool_outcome', 'allocation_certificate');

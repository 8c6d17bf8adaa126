-- Each account may choose the time zone the portal shows times in (an IANA id such as
-- 'Asia/Seoul'). Empty means the default of the account's country: Asia/Seoul for Korean
-- company users and ROK officers, America/New_York for U.S. ones, UTC without a country
-- (auditors, administrators); see security.UserTimeZone. Kept empty rather than filled in, so a
-- company user who registers a company later gets that company's country's zone.
-- user_account is already READ_WRITE for the runtime user (V20), so no grant changes.
alter table user_account add column time_zone varchar(64);

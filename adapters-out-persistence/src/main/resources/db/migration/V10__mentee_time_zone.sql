-- The mentee's own time zone, when the booking system sends it (mentee.timeZone); emails to the mentee give times
-- in it. Absent for older sessions and bookings without it: emails then use the session's zone.
alter table mentoring_session add column mentee_time_zone varchar(64);

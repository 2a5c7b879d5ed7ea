-- Each plan's distance to the best: a proven upper bound on the hours any plan of its problem could fill (its
-- confirmed pairings kept), computed by the exact reference when the solve ends, how it was proven (exact,
-- cp-sat, +lp, +slots), the plan's gap to it (% of the bound, to a hundredth) and how long it took. Null for the
-- plans made before, for territories too large for it, or when it could not be computed. A batch's territory plans
-- are plans: their bound is here too (and copied into their partition's results for the run's page and API).
ALTER TABLE plan ADD COLUMN hours_upper_bound BIGINT CHECK (hours_upper_bound >= 0);
ALTER TABLE plan ADD COLUMN hours_upper_bound_kind VARCHAR(40);
ALTER TABLE plan ADD COLUMN gap_percent DOUBLE PRECISION;
ALTER TABLE plan ADD COLUMN hours_upper_bound_millis BIGINT;

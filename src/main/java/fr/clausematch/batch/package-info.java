/**
 * Batch runs: every chosen territory (or all those with slots to plan) planned in one restartable Spring Batch
 * job, one partition per territory, run in parallel on local threads or by remote worker processes (RabbitMQ, Spring
 * Batch Integration) within a total time budget shared by slots;
 * each partition asks {@code planning}'s {@code TerritoryPlanner} to plan and store its territory, once per run.
 * It owns Spring Batch's JobRepository tables ({@code batch_*}) and the owners and heartbeats of its executions
 * (which process runs them, so that a restart takes over only an execution whose process is gone), the
 * command-line, REST and page triggers' service ({@link fr.clausematch.batch.BatchRuns}), the nightly run and
 * the administrators' page of runs. Owns tables batch_job_instance, batch_job_execution, batch_job_execution_params,
 * batch_job_execution_context, batch_step_execution, batch_step_execution_context, batch_run_owner and batch_step_owner.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calculs par lots", allowedDependencies = {"shared", "web", "security", "territory", "planning"})
package fr.clausematch.batch;

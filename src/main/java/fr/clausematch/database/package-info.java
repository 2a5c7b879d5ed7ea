/**
 * The embedded PostgreSQL started when no database is configured (zonky, or Debian's binaries), durable, and
 * its recovery after a crash. Owns no table; uses no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base embarquée", allowedDependencies = {})
package fr.clausematch.database;

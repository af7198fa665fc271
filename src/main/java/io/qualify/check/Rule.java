package io.qualify.check;

import java.util.List;

/** One rule of SPEC.md §1. Rules are independent and stateless; each returns its findings, or none. */
public interface Rule {

    List<Finding> check(Review review);
}

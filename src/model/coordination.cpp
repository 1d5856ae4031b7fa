// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/model/coordination.hpp>

#include <string>

namespace ctg {

const yearly_expense* coordination_post::expense_for(int year) const noexcept {
    for (const yearly_expense& e : expenses) {
        if (e.year == year) {
            return &e;
        }
    }
    return nullptr;
}

fte coordination_post::staffed_fte_on(date d) const {
    fte total;
    for (const coordinator& c : coordinators) {
        if (c.active_on(d)) {
            total = total + c.fte;
        }
    }
    return total;
}

}  // namespace ctg

package io.qualify.synth;

import io.qualify.synth.IdCardTruth.Side;
import io.qualify.synth.IdShot.Scene;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Decides, for one {@link Scenario}, the administrator's ID card and which photos of it a submission holds:
 * the front and the back alone and the handheld photo, each clean, unless an ID scenario leaves one out,
 * doubles one, turns or mirrors one, or spoils the card itself. Pure: everything is drawn from the given faker.
 */
final class IdPlanner {

    /**
     * @param card  the administrator's card as printed (the form's admin fields repeat it)
     * @param shots the photos to take of it, in the order written
     */
    record IdPlan(IdCardTruth card, List<IdShot> shots) {
    }

    private IdPlanner() {
    }

    static IdPlan plan(Scenario s, TruthFaker faker, LocalDate today) {
        Random rnd = faker.random();
        IdCardTruth card = faker.idCard(today, s == Scenario.ID_EXPIRED);
        if (s == Scenario.ID_NUMBER_INVALID) {
            card = card.withIdNumber(ResidentIds.withWrongCheck(card.idNumber(), rnd));
        }
        IdShot front = IdShot.clean(Scene.ALONE, Side.FRONT, rnd);
        IdShot back = IdShot.clean(Scene.ALONE, Side.BACK, rnd);
        IdShot hand = IdShot.clean(Scene.HANDHELD, Side.FRONT, rnd);
        List<IdShot> shots = switch (s) {
            case ID_FRONT_MISSING -> rnd.nextBoolean() ? List.of(back, hand)
                    : List.of(back, IdShot.clean(Scene.ALONE, Side.BACK, rnd), hand);
            case ID_BACK_MISSING -> rnd.nextBoolean() ? List.of(front, hand)
                    : List.of(front, IdShot.clean(Scene.ALONE, Side.FRONT, rnd), hand);
            case HANDHELD_MISSING -> List.of(front, back);
            case ID_UPSIDE_DOWN -> spoilOne(List.of(front, back, hand), rnd.nextInt(4), rnd, true);
            case ID_MIRRORED -> spoilOne(List.of(front, back, hand), rnd.nextInt(5) == 0 ? 0 : 2, rnd, false);
            default -> List.of(front, back, hand);
        };
        return new IdPlan(card, shots);
    }

    /** The shots with shot {@code which} (3 counts as the handheld again, so it is spoilt most) turned or mirrored. */
    private static List<IdShot> spoilOne(List<IdShot> shots, int which, Random rnd, boolean upsideDown) {
        int i = Math.min(which, 2);
        IdShot s = shots.get(i);
        List<IdShot> out = new ArrayList<>(shots);
        out.set(i, upsideDown ? IdShot.upsideDown(s.scene(), s.side(), rnd) : IdShot.mirrored(s.scene(), s.side()));
        return List.copyOf(out);
    }
}

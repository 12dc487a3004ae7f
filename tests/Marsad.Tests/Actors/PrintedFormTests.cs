using Marsad.Actors;
using Marsad.Actors.Recognition;

namespace Marsad.Tests.Actors;

/// <summary>
/// The name a known person is exported with (PersonRoles.PrintedForm): the printed spelling when it
/// is a spelling of the person's name, the canonical name when the matched form carries a title.
/// </summary>
public class PrintedFormTests
{
    private static Person Make(string name, params string[] aliases) => new("p", null, name, aliases, [], "XXX");

    [Theory]
    [InlineData("عبد الله الثاني", "الملك عبد الله الثاني", "الملك عبد الله الثاني", "عبد الله الثاني")]
    [InlineData("هيثم بن طارق", "السلطان هيثم", "السلطان هيثم", "هيثم بن طارق")]
    [InlineData("بنيامين نتنياهو", "بنيامين نتانياهو", "بنيامين نتانياهو", "بنيامين نتانياهو")]
    [InlineData("دونالد ترامب", "دونالد ترمب", "ترمب", "دونالد ترمب")]
    [InlineData("جو بايدن", "جوزيف بايدن", "جوزيف بايدن", "جوزيف بايدن")]
    public void A_form_is_printed_only_when_it_spells_the_name(string canonical, string alias, string surface, string expected) =>
        Assert.Equal(expected, PersonRoles.PrintedForm(Make(canonical, alias), surface));
}

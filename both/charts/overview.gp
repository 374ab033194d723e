# Small monitor: every indicator
# Drawn by rapporteur 0.1.0 from overview.csv: run gnuplot overview.gp to draw it again after editing.
do for [FMT in 'png svg pdf'] {
    reset
    if (FMT eq 'png') { set terminal pngcairo size 1920,1080 font 'DejaVu Sans,15' fontscale 2 linewidth 2 noenhanced background rgb 'white' }
    if (FMT eq 'svg') { set terminal svg size 960,540 font 'DejaVu Sans,15' linewidth 1 noenhanced background rgb 'white' }
    if (FMT eq 'pdf') { set terminal pdfcairo size 16cm,9cm font 'DejaVu Sans,15' fontscale 0.4724 linewidth 0.5 noenhanced background rgb 'white' }
    set output 'overview.'.FMT
set encoding utf8
set datafile separator comma
set decimalsign '.'
set border 3 lc rgb '#444444' lw 1
set tics nomirror out scale 0.5 textcolor rgb '#333333'
set grid ytics lc rgb '#dddddd' lw 1 dt 1
set key at screen 0.97, screen 0.875 right top horizontal maxcols 3 Left reverse noautotitle samplen 1.5 spacing 1 width 1 font ',12'
set linetype 1 lc rgb '#0072B2' lw 2.5 pt 7 ps 1.2
set linetype 2 lc rgb '#E69F00' lw 2.5 pt 7 ps 1.2
set linetype 3 lc rgb '#009E73' lw 2.5 pt 7 ps 1.2
set linetype 4 lc rgb '#D55E00' lw 2.5 pt 7 ps 1.2
set linetype 5 lc rgb '#56B4E9' lw 2.5 pt 7 ps 1.2
set linetype 6 lc rgb '#CC79A7' lw 2.5 pt 7 ps 1.2
set linetype 7 lc rgb '#F0E442' lw 2.5 pt 7 ps 1.2
set linetype 8 lc rgb '#000000' lw 2.5 pt 7 ps 1.2
set label 101 'Small monitor: every indicator' at screen 0.02, screen 0.955 left font ',19' textcolor rgb '#000000'
set label 103 'Source: Test data' at screen 0.02, screen 0.030 left font ',10' textcolor rgb '#555555'
set label 104 'Band: 95% confidence interval. Each indicator on its own scale.' at screen 0.02, screen 0.072 left font ',11' textcolor rgb '#333333'
set tmargin at screen 0.770
set bmargin at screen 0.187
set lmargin at screen 0.09
set rmargin at screen 0.97
unset key
set xtics font ',10' format '%.0f'
set ytics font ',10'
set multiplot layout 1,2 margins screen 0.07,0.98,0.207,0.84 spacing screen 0.06,0.13
set title 'Cases' font ',11' offset 0,-0.6
set yrange [0:200]
set ytics ('0' 0, '50' 50, '100' 100, '150' 150, '200' 200)
set xrange [2016:2023]
set xtics 2
plot 'overview.csv' index 0 using 1:3:4 with filledcurves lc rgb '#0072B2' fs transparent solid 0.2 noborder, '' index 0 using 1:2 with lines lt 1 lw 2
unset label
set title 'Share of labour exploitation' font ',11' offset 0,-0.6
set yrange [0:80]
set ytics ('0%%' 0, '20%%' 20, '40%%' 40, '60%%' 60, '80%%' 80)
set xrange [2016:2023]
set xtics 2
plot 'overview.csv' index 1 using 1:3:4 with filledcurves lc rgb '#0072B2' fs transparent solid 0.2 noborder, '' index 1 using 1:2 with lines lt 1 lw 2
unset multiplot
    unset output
}
